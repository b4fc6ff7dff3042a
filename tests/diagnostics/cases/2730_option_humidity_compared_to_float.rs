//! mistake: compared an `Option<f32>` humidity directly to a float threshold
//! offending: 70.0
//! category: type
use comprehensions::comp;

struct Frame {
    node: u32,
    humidity: Option<f32>,
}

fn main() {
    let frames = vec![Frame { node: 4, humidity: Some(72.5) }, Frame { node: 9, humidity: None }];
    let damp_nodes = comp![f.node for f in &frames if f.humidity > 70.0];
    println!("{damp_nodes:?}");
}
