fn main() {
    let text = "host=db\n# comment\nport=5432";
    let mut pairs: Vec<(&str, &str)> = Vec::new();
    for line in text.lines() {
        pairs.push(line.split_once('=')?);
    }
    println!("{:?}", pairs);
}
