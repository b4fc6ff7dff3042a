//! mistake: Python's c.isdigit() on a char
//! offending: isdigit
//! category: python-habit
fn main() {
    let phone = "+1 (555) 010-9999";
    let digits: String = phone.chars().filter(|c| c.isdigit()).collect();
    println!("{digits}");
}
