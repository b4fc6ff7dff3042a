//! mistake: building a struct from split CSV fields with a `&str` where the field is `f64` (Python's unparsed `float(s)`)
//! offending: score_txt
//! category: type
use comprehensions::comp;

#[derive(Debug)]
struct Score {
    name: String,
    score: f64,
}

fn main() {
    let text = "ann,9.5\nbob,7.25";
    // Python: [Score(n, s) for n, s in (l.split(",") for l in text.splitlines())]
    let scores = comp![
        Score { name: name.to_string(), score: score_txt }
        for line in text.lines()
        if let Some((name, score_txt)) = line.split_once(',')
    ];
    println!("{scores:?}");
}
