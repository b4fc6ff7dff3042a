//! mistake: scaled pixels to `f32` while the feature vector is declared `Vec<f64>`
//! offending: *p as f32 / 255.0
//! category: type
fn main() {
    let pixels: Vec<u8> = vec![0, 64, 128, 255, 17, 200];
    let mut normalized: Vec<f64> = Vec::with_capacity(pixels.len());
    for p in &pixels {
        normalized.push(*p as f32 / 255.0);
    }
    println!("{normalized:?}");
}
