import { describe, expect, it } from 'vitest';
import { getDefaultViewState } from '../../../src/domain/viewState';
import { createLinkboardStore } from '../../../src/store/store';

function storeWithSlides() {
  const store = createLinkboardStore();
  const network = getDefaultViewState();
  const { addSlide } = store.getState();
  addSlide('Network', network, 'Curated view');
  addSlide('Command', { ...network, mode: 'command', layout: 'hierarchical' }, 'Curated view');
  addSlide('Formal', { ...network, mode: 'command', commandChain: 'formal' }, 'Curated view');
  return store;
}

describe('presenting the storyboard', () => {
  it("shows each slide's view, and gives back the view from before when it ends", () => {
    const store = storeWithSlides();
    store.getState().setView({ asOf: '2019-05-14', selection: { kind: 'node', id: 'x' } });
    const before = store.getState().view;

    store.getState().presentSlide(1);
    expect(store.getState().presenting).toBe(1);
    expect(store.getState().view).toBe(store.getState().storyboard[1]!.view);
    store.getState().presentSlide(2);
    expect(store.getState().view.commandChain).toBe('formal');

    store.getState().presentSlide(null);
    expect(store.getState().presenting).toBeNull();
    expect(store.getState().view).toBe(before);
  });

  it('clamps to the slides there are, and does not start without any', () => {
    const store = storeWithSlides();
    store.getState().presentSlide(7);
    expect(store.getState().presenting).toBe(2);
    store.getState().presentSlide(-1);
    expect(store.getState().presenting).toBe(0);

    const empty = createLinkboardStore();
    const view = empty.getState().view;
    empty.getState().presentSlide(0);
    expect(empty.getState().presenting).toBeNull();
    expect(empty.getState().view).toBe(view);
  });

  it('ends the presentation when another storyboard is loaded', () => {
    const store = storeWithSlides();
    store.getState().presentSlide(0);
    store.getState().setStoryboard([]);
    expect(store.getState().presenting).toBeNull();
  });
});
