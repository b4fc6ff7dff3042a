//! mistake: wrote `parse<u32>()` without the turbofish when converting depth columns
//! offending: parse<u32>()
//! category: syntax
fn main() {
    let depth_line = "12,40,33,7,0,21";
    let depths: Vec<u32> = depth_line.split(',').map(|d| d.parse<u32>().unwrap()).collect();
    println!("{depths:?}");
}
