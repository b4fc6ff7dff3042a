//! mistake: chained comparison 'a' <= b <= 'z' on bytes (u8 against char literals)
//! offending: 'a' <= b
//! category: type
use comprehensions::comp;

fn main() {
    let text = "Hello World";
    let lower = comp![b for b in text.bytes() if 'a' <= b <= 'z'];
    println!("{lower:?}");
}
