//! mistake: a chained printable-byte check `32 <= b <= 255` on `u8`, whose upper bound is always true
//! offending: b <= 255
//! category: lint
use comprehensions::comp;

fn main() {
    let bytes: Vec<u8> = b"hi\tthere\n".to_vec();
    let printable = comp![b as char for b in bytes if 32 <= b <= 255];
    println!("{printable:?}");
}
