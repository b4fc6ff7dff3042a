//! mistake: called `char::is_alphabetic` on a `&u8` from a byte-string literal
//! offending: is_alphabetic
//! category: type
fn main() {
    let line = b"x1 = y + 2";
    let mut ident_starts = Vec::new();
    for (pos, b) in line.iter().enumerate() {
        if b.is_alphabetic() {
            ident_starts.push(pos);
        }
    }
    println!("{ident_starts:?}");
}
