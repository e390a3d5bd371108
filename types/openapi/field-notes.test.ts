import * as answers from '../schemas/answers';
import { buildOpenApi } from './build-openapi';
import { answerFieldNotes, notesFor } from './field-notes';

const notes = answerFieldNotes(answers);

describe('answer field notes', () => {
  it('takes an answer field its doc comment as its note', () => {
    expect(notesFor(notes, answers.SessionGrantSchema).storageKey).toMatch(/^Base64 AES-256 key/);
  });

  it('gives no note to a field without a doc comment', () => {
    expect(notesFor(notes, answers.SessionGrantSchema)).not.toHaveProperty('token');
  });

  it('finds the fields of an object inside a pipe and of a schema the module does not export', () => {
    const material = (answers.MaterialInfoSchema.pipe as readonly object[])[0] as object;
    expect(notesFor(notes, material).minPhotos).toMatch(/at least/);
    const window = answers.SeasonConfigSchema.entries.windows.entries.enrollment;
    expect(notesFor(notes, window).closesAt).toMatch(/exclusive/);
  });

  it('lets a schema that spreads another schema its fields keep their notes beside its own', () => {
    const summary = notesFor(notes, answers.RegistrationSummarySchema);
    expect(summary.reference).toBe(notesFor(notes, answers.RegistrationSchema).reference);
    expect(summary.resultNote).toMatch(/not-passed/);
  });

  it('writes the notes into the OpenAPI document as the fields descriptions', () => {
    const session = buildOpenApi() as {
      paths: Record<string, { post: { responses: Record<string, unknown> } }>;
    };
    const answer = JSON.stringify(session.paths['/session']?.post.responses['200']);
    expect(answer).toContain(
      `"description":"${notesFor(notes, answers.SessionGrantSchema).expiresAt}"`,
    );
  });
});
