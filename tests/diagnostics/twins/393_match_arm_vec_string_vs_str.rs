fn main() {
    let line = "warn disk almost full";
    let mode = "upper";
    let words: Vec<&str> = line.split_whitespace().collect();
    let out: Vec<&str> = match mode {
        "raw" => words.clone(),
        _ => words.iter().map(|w| w.to_uppercase()).collect(),
    };
    println!("{:?}", out);
}
