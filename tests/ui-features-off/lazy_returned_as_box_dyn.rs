use comprehensions::comp;

// Python: return (w.lower() for line in lines for w in line.split())
fn tokens(lines: Vec<String>) -> Box<dyn Iterator<Item = String>> {
    comp!(move (w.to_lowercase() for line in lines for w in line.split_whitespace()))
}

fn main() {
    let _ = tokens(vec!["Hello World".to_string()]);
}
