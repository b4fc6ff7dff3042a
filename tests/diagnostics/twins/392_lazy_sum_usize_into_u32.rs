fn main() {
    let text = "the quick brown fox";
    let total: u32 = text.split_whitespace().map(|w| w.len()).sum();
    println!("{}", total);
}
