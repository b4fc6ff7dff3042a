//! mistake: range-checks `u8` pixels with `p <= 255`, always true (Python ints are unbounded: `[p for p in pixels if p <= 255]`)
//! offending: *p <= 255
//! category: lint
fn main() {
    let pixels: Vec<u8> = vec![0, 128, 255];
    let valid: Vec<u8> = pixels.iter().copied().filter(|p| *p <= 255).collect();
    println!("{valid:?}");
}
