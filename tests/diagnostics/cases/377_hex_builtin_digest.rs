//! mistake: Python's hex(b) builtin for a digest's bytes (Rust: format!("{:02x}", b))
//! offending: hex
//! category: python-habit
use comprehensions::comp;

fn main() {
    let digest: [u8; 4] = [0xde, 0xad, 0xbe, 0xef];
    // Python: parts = [hex(b) for b in digest]
    let parts: Vec<String> = comp![hex(*b) for b in &digest];
    println!("{}", parts.join(""));
}
