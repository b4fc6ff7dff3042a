//! mistake: the filter calls a validator that takes String by value, then the element uses the moved address
//! offending: addr for addr
//! category: ownership
use comprehensions::comp;

fn is_valid_email(s: String) -> bool {
    s.contains('@') && !s.ends_with('.')
}

fn main() {
    let emails: Vec<String> = vec!["a@x.org".to_string(), "nope".to_string()];
    // Python: valid = [addr for addr in emails if is_valid_email(addr)]
    let valid: Vec<String> = comp![addr for addr in emails if is_valid_email(addr)];
    println!("{:?}", valid);
}
