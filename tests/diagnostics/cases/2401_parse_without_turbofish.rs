//! mistake: wrote `parse<f32>()` without the turbofish when parsing CSV feature columns
//! offending: parse<f32>
//! category: syntax
use comprehensions::comp;

fn main() {
    let line = "5.1,3.5,1.4,0.2";
    let features = comp![v.trim().parse<f32>().unwrap() for v in line.split(',')];
    println!("{features:?}");
}
