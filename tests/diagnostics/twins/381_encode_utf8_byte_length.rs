fn main() {
    let names: Vec<String> = vec!["José".to_string(), "Zoë".to_string(), "Ann".to_string()];
    let sizes: Vec<usize> = names.iter().map(|n| n.encode("utf-8").len()).collect();
    println!("{:?}", sizes);
}
