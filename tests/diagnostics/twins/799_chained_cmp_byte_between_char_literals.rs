//! mistake: chained comparison 'a' <= b <= 'z' on bytes (u8 against char literals)
fn main() {
    let text = "Hello World";
    let mut lower = Vec::new();
    for b in text.bytes() {
        if 'a' <= b && b <= 'z' {
            lower.push(b);
        }
    }
    println!("{lower:?}");
}
