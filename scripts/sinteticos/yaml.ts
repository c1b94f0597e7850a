/** YAML output of the synthetic files, written by the `yaml` package (block style, YAML 1.2 core schema). */
import { Document } from 'yaml';

/**
 * The data as a YAML document whose first line is the comment «# {comentario}». Keys whose value
 * is undefined are left out; lines are never folded, so every value stays on one line.
 */
export function escribirYaml(datos: object, comentario: string): string {
  const documento = new Document(datos);
  // On the root node, not the document: a document comment would be followed by a blank line.
  documento.contents!.commentBefore = ` ${comentario}`;
  return documento.toString({ lineWidth: 0 });
}
