fn main() {
    let lines = vec!["  GET /index ".to_string(), "POST /login".to_string()];
    let mut gets = Vec::new();
    for line in &lines {
        let key = line.trim().to_lowercase().as_str();
        if key.starts_with("get") {
            gets.push(key.len());
        }
    }
    println!("{gets:?}");
}
