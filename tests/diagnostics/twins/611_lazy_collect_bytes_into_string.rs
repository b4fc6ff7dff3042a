//! mistake: collecting an iterator of `u8` bytes into a `String` (hand-written)
fn main() {
    let name = "Config_File";
    let upper = name.bytes().filter(|b| *b != b'_').map(|b| b.to_ascii_uppercase()).collect::<String>();
    println!("{upper}");
}
