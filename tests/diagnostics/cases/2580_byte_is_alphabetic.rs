//! mistake: called `char::is_alphabetic` on a `&u8` from a byte-string literal
//! offending: is_alphabetic
//! category: type
use comprehensions::comp;

fn main() {
    let line = b"x1 = y + 2";
    let ident_starts = comp![pos for (pos, b) in line.iter().enumerate() if b.is_alphabetic()];
    println!("{ident_starts:?}");
}
