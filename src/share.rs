//! Share links: the whole draft, deflated and base64url-encoded, in the URL
//! fragment (`#draft=1.…`), which browsers never send to any server.

use booster_ia::format::{draft_json, parse_draft, DraftError, MAX_FILE_BYTES};
use booster_ia::locale::Lang;
use booster_ia::text::page::share_panel::SharePanelSentence;
use booster_ia::text::page::tell;
use booster_ia::Draft;

/// The fragment key and the version of the link format.
pub const PREFIX: &str = "#draft=";
/// The link format version (the draft format version inside it is checked too).
pub const LINK_VERSION: &str = "1";
/// Largest link a QR code carries reliably here (bytes, binary mode, low correction).
pub const MAX_QR_BYTES: usize = 2_900;

/// Why a share link cannot be opened.
#[derive(Debug, PartialEq)]
pub enum ShareError {
    /// A link version this app does not know.
    UnknownVersion(String),
    /// The link was cut or altered.
    Damaged,
    /// It decodes, but not to a valid draft.
    Invalid(DraftError),
}

impl ShareError {
    /// What went wrong, as the catalogue says it.
    pub fn sentence(&self) -> SharePanelSentence<'_> {
        match self {
            ShareError::UnknownVersion(version) => {
                SharePanelSentence::UnknownLinkVersion { version }
            }
            ShareError::Damaged => SharePanelSentence::DamagedLink,
            ShareError::Invalid(error) => SharePanelSentence::InvalidLink { error },
        }
    }

    /// What went wrong, in `lang`.
    pub fn said(&self, lang: Lang) -> String {
        tell(&self.sentence(), lang)
    }
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Base64url without padding.
pub fn base64url(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = (chunk[0] as u32) << 16
            | (*chunk.get(1).unwrap_or(&0) as u32) << 8
            | *chunk.get(2).unwrap_or(&0) as u32;
        for i in 0..=chunk.len() {
            out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
        }
    }
    out
}

/// The inverse of [`base64url`]; `None` for any character outside the alphabet.
pub fn from_base64url(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let values: Option<Vec<u32>> = text
        .bytes()
        .map(|b| ALPHABET.iter().position(|a| *a == b).map(|p| p as u32))
        .collect();
    let values = values?;
    if values.len() % 4 == 1 {
        return None;
    }
    for chunk in values.chunks(4) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, v)| n | v << (18 - 6 * i));
        for i in 0..chunk.len() - 1 {
            out.push((n >> (16 - 8 * i) & 255) as u8);
        }
    }
    Some(out)
}

// The browser's own deflate (Compression Streams, `deflate-raw`): the same
// raw DEFLATE the links carried when a compressor was compiled into the wasm,
// so links made before still open, and about 12 KB less wasm to load.
#[wasm_bindgen::prelude::wasm_bindgen(inline_js = r#"
export async function deflateRaw(bytes) {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
export async function inflateRaw(bytes, limit) {
  const reader = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const parts = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.length;
    if (length > limit) { await reader.cancel(); throw new RangeError('too large'); }
    parts.push(value);
  }
  const out = new Uint8Array(length);
  let at = 0;
  for (const part of parts) { out.set(part, at); at += part.length; }
  return out;
}
"#)]
extern "C" {
    #[wasm_bindgen(catch, js_name = deflateRaw)]
    async fn deflate_raw(bytes: &[u8]) -> Result<wasm_bindgen::JsValue, wasm_bindgen::JsValue>;
    #[wasm_bindgen(catch, js_name = inflateRaw)]
    async fn inflate_raw(
        bytes: &[u8],
        limit: usize,
    ) -> Result<wasm_bindgen::JsValue, wasm_bindgen::JsValue>;
}

/// The fragment that carries deflated draft JSON: `#draft=1.<base64url>`.
pub fn fragment(packed: &[u8]) -> String {
    format!("{PREFIX}{LINK_VERSION}.{}", base64url(packed))
}

/// The deflated bytes a fragment carries; `Ok(None)` when it is not a share link.
pub fn packed(fragment: &str) -> Result<Option<Vec<u8>>, ShareError> {
    let Some(rest) = fragment.strip_prefix(PREFIX) else {
        return Ok(None);
    };
    let (version, payload) = rest.split_once('.').ok_or(ShareError::Damaged)?;
    if version != LINK_VERSION {
        return Err(ShareError::UnknownVersion(
            version.chars().take(12).collect(),
        ));
    }
    from_base64url(payload).map(Some).ok_or(ShareError::Damaged)
}

/// The draft in inflated link bytes.
pub fn draft_from(bytes: Vec<u8>) -> Result<Draft, ShareError> {
    let text = String::from_utf8(bytes).map_err(|_| ShareError::Damaged)?;
    parse_draft(&text)
        .map(|f| f.draft)
        .map_err(ShareError::Invalid)
}

/// The fragment that carries `draft`: `#draft=1.<base64url(deflate-raw(json))>`;
/// `None` where the browser has no Compression Streams.
pub async fn encode(draft: &Draft) -> Option<String> {
    let packed = deflate_raw(draft_json(draft).as_bytes()).await.ok()?;
    Some(fragment(&js_sys::Uint8Array::new(&packed).to_vec()))
}

/// The draft a fragment carries; `Ok(None)` when the fragment is not a share link.
pub async fn decode(fragment: &str) -> Result<Option<Draft>, ShareError> {
    let Some(packed) = packed(fragment)? else {
        return Ok(None);
    };
    // Bounded like a draft file, so a crafted link cannot exhaust memory.
    let bytes = inflate_raw(&packed, MAX_FILE_BYTES)
        .await
        .map_err(|_| ShareError::Damaged)?;
    draft_from(js_sys::Uint8Array::new(&bytes).to_vec()).map(Some)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn example() -> Draft {
        parse_draft(include_str!("../examples/eligible.json"))
            .unwrap()
            .draft
    }

    #[test]
    fn base64url_round_trips_every_length() {
        for n in 0..40u8 {
            let bytes: Vec<u8> = (0..n).map(|i| i.wrapping_mul(37).wrapping_add(n)).collect();
            assert_eq!(from_base64url(&base64url(&bytes)), Some(bytes));
        }
        assert_eq!(base64url(b"Man"), "TWFu");
        assert_eq!(from_base64url("TW+u"), None);
    }

    #[test]
    fn a_fragment_carries_its_bytes_and_other_fragments_are_not_links() {
        let bytes = draft_json(&example()).into_bytes();
        let link = fragment(&bytes);
        assert!(link.starts_with("#draft=1."));
        assert_eq!(packed(&link), Ok(Some(bytes.clone())));
        assert_eq!(draft_from(bytes), Ok(example()));
        assert_eq!(packed("#other"), Ok(None));
    }

    #[test]
    fn damaged_or_unknown_links_are_refused() {
        let link = fragment(b"any bytes");
        assert_eq!(
            packed(&link.replacen("#draft=1.", "#draft=2.", 1)),
            Err(ShareError::UnknownVersion("2".into()))
        );
        assert_eq!(packed("#draft=1.!!!"), Err(ShareError::Damaged));
        assert_eq!(packed("#draft=1"), Err(ShareError::Damaged));
        assert_eq!(draft_from(vec![0xff, 0xfe]), Err(ShareError::Damaged));
        assert!(matches!(
            draft_from(b"{\"a\":1}".to_vec()),
            Err(ShareError::Invalid(_))
        ));
    }
}
