import type { CommandChain } from '../../domain/viewState';
import { useLinkboard } from '../../store/store';
import './command.css';

const CHOICES: { value: CommandChain; label: string; title: string }[] = [
  {
    value: 'de-facto',
    label: 'De facto',
    title: 'Who commands whom in fact, as the sources describe it',
  },
  { value: 'formal', label: 'Formal', title: 'Who commands whom on paper (de jure)' },
];

/** A segmented control: follow the de facto chain of command or the formal one. */
export function ChainChoice({ className = '' }: { className?: string }) {
  const chain = useLinkboard((s) => s.view.commandChain);
  const setView = useLinkboard((s) => s.setView);
  return (
    <div className={`segmented ${className}`} role="group" aria-label="Chain of command">
      {CHOICES.map((choice) => (
        <button
          key={choice.value}
          type="button"
          aria-pressed={chain === choice.value}
          title={choice.title}
          onClick={() => setView({ commandChain: choice.value })}
        >
          {choice.label}
        </button>
      ))}
    </div>
  );
}
