//! mistake: used `?` hoping to skip unparsable confidence scores, into a plain `Vec<f32>`
//! offending: ?
//! category: try
use comprehensions::comp;

fn main() {
    let raw_scores = vec!["0.92", "n/a", "0.15", "0.77"];
    let confidences: Vec<f32> = comp![s.parse::<f32>()? for s in &raw_scores];
    let best = confidences.iter().cloned().fold(0.0f32, f32::max);
    println!("best confidence {best}");
}
