import { Anchor, Paper, Text } from '@mantine/core';
import type { ReactNode } from 'react';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A mail's text as the recipient reads it, its links clickable. The links come from the API (which knows
 * where a link ends before a sentence's full stop), so the text is split on exactly those.
 */
export function MailBody({ text, links }: { text: string; links: string[] }) {
  const inText = links.filter((link) => text.includes(link)).sort((a, b) => b.length - a.length);
  const parts: ReactNode[] = inText.length === 0 ? [text] : text.split(new RegExp(`(${inText.map(escapeRegExp).join('|')})`));
  return (
    <Paper withBorder radius="md" p="md">
      <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {parts.map((part, index) =>
          // split() with one capture group puts the matched links at the odd positions.
          index % 2 === 1 ? (
            <Anchor key={index} href={part as string} target="_blank" rel="noreferrer" size="sm">
              {part}
            </Anchor>
          ) : (
            part
          ),
        )}
      </Text>
    </Paper>
  );
}
