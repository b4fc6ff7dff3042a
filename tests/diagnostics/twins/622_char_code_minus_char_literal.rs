//! mistake: computes a letter's index as ord(c) - ord('a') but casts only the left side
//! category: python-habit
fn main() {
    let word = "hello";
    let idx: Vec<u32> = word.chars().map(|c| c as u32 - 'a').collect();
    println!("{idx:?}");
}
