fn main() {
    let text = String::from("host = a\n\n  port = 80  \n");
    let mut lines: Vec<&str> = Vec::new();
    for l in text.splitlines() {
        if !l.trim().is_empty() {
            lines.push(l.trim());
        }
    }
    println!("{:?}", lines);
}
