//! mistake: wrote `parse<f32>()` without the turbofish when parsing CSV feature columns
//! offending: parse<f32>
//! category: syntax
fn main() {
    let line = "5.1,3.5,1.4,0.2";
    let features: Vec<f32> = line.split(',').map(|v| v.trim().parse<f32>().unwrap()).collect();
    println!("{features:?}");
}
