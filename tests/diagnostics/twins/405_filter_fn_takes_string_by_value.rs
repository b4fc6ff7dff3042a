//! offending: push(addr)
fn is_valid_email(s: String) -> bool {
    s.contains('@') && !s.ends_with('.')
}

fn main() {
    let emails: Vec<String> = vec!["a@x.org".to_string(), "nope".to_string()];
    let mut valid: Vec<String> = Vec::new();
    for addr in emails {
        if is_valid_email(addr) {
            valid.push(addr);
        }
    }
    println!("{:?}", valid);
}
