//! mistake: collecting a lazy comprehension of `u8` bytes into a `String` (Python's `bytes(..).decode()` habit; a `String` collects `char`s)
//! offending: collect::<String>
//! category: type
use comprehensions::comp;

fn main() {
    let name = "Config_File";
    let upper = comp!((b.to_ascii_uppercase() for b in name.bytes() if b != b'_')).collect::<String>();
    println!("{upper}");
}
