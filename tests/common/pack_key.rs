//! The test key that signs data packs in tests (never the app's own key).

use rightsdesk::datapack;

/// The private seed from `tests/fixtures/packs/test-signing-key.txt`.
pub fn test_seed() -> [u8; 32] {
    let text = std::fs::read_to_string(format!(
        "{}/tests/fixtures/packs/test-signing-key.txt",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    datapack::parse_hex_key(&text).expect("the test key file holds 64 hex digits")
}

/// The public key that checks packs signed with [`test_seed`].
pub fn test_key() -> [u8; 32] {
    datapack::public_key_of(&test_seed())
}
