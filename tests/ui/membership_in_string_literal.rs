use comprehensions::comp;

fn main() {
    let word = "comprehension";
    // Python: [c for c in word if c in "aeiou"]
    let _ = comp![c for c in word.chars() if c in "aeiou"];
}
