//! mistake: Python's "".join([..]) habit: a list comprehension assigned to a String
//! offending: name.chars().filter(|c| c.is_alphabetic()).map(|c| c.to_ascii_uppercase()).collect::<Vec<_>>()
//! category: python-habit
fn main() {
    let name = "o'brien";
    let key: String = name.chars().filter(|c| c.is_alphabetic()).map(|c| c.to_ascii_uppercase()).collect::<Vec<_>>();
    println!("{key}");
}
