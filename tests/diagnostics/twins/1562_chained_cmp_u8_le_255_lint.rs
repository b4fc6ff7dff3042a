//! mistake: a chained printable-byte check `32 <= b <= 255` on `u8`, whose upper bound is always true
//! offending: b <= 255
//! category: lint
fn main() {
    let bytes: Vec<u8> = b"hi\tthere\n".to_vec();
    let printable: Vec<char> = bytes.into_iter().filter(|&b| 32 <= b && b <= 255).map(|b| b as char).collect();
    println!("{printable:?}");
}
