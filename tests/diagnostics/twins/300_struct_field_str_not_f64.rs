//! mistake: building a struct from split CSV fields with a `&str` where the field is `f64` (hand-written)
#[derive(Debug)]
struct Score {
    name: String,
    score: f64,
}

fn main() {
    let text = "ann,9.5\nbob,7.25";
    let mut scores = Vec::new();
    for line in text.lines() {
        if let Some((name, score_txt)) = line.split_once(',') {
            scores.push(Score { name: name.to_string(), score: score_txt });
        }
    }
    println!("{scores:?}");
}
