//! mistake: used `?` hoping to skip unparsable confidence scores, into a plain `Vec<f32>`
//! offending: ?
//! category: try

fn main() {
    let raw_scores = vec!["0.92", "n/a", "0.15", "0.77"];
    let confidences: Vec<f32> = raw_scores.iter().map(|s| s.parse::<f32>()?).collect();
    let best = confidences.iter().cloned().fold(0.0f32, f32::max);
    println!("best confidence {best}");
}
