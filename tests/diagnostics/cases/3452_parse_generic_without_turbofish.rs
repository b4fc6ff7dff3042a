//! mistake: wrote `parse<u32>()` without the turbofish when converting depth columns
//! offending: parse<u32>()
//! category: syntax
use comprehensions::comp;

fn main() {
    let depth_line = "12,40,33,7,0,21";
    let depths = comp![d.parse<u32>().unwrap() for d in depth_line.split(',')];
    println!("{depths:?}");
}
