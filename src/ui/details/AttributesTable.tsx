import type { Attributes } from '../../domain/schema';

/** Numbers as the file wrote them (no rounding), booleans as yes/no words. */
function shown(value: Attributes[string]): string {
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return String(value);
}

/** Whatever else the file said about the item, as a key/value table (imported data). */
export function AttributesTable({ attributes }: { attributes: Attributes | undefined }) {
  const entries = Object.entries(attributes ?? {});
  if (entries.length === 0) return null;
  return (
    <>
      <h4>Attributes</h4>
      <table className="details-attributes">
        <caption className="visually-hidden">Attributes from the imported file</caption>
        <tbody>
          {entries.map(([key, value]) => (
            <tr key={key}>
              <th scope="row">{key}</th>
              <td>{shown(value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
