//! mistake: a match arm's comprehension builds Vec<String> where the other arm (and the binding) is Vec<&str>
//! offending: w.to_uppercase()
//! category: type
use comprehensions::comp;

fn main() {
    let line = "warn disk almost full";
    let mode = "upper";
    let words: Vec<&str> = line.split_whitespace().collect();
    // Python: out = words if mode == "raw" else [w.upper() for w in words]
    let out: Vec<&str> = match mode {
        "raw" => words.clone(),
        _ => comp![w.to_uppercase() for w in &words],
    };
    println!("{:?}", out);
}
