//! mistake: concatenated the amino acids with Python's `"".join(..)`, which `&str` does not have
//! offending: join
//! category: python-habit
use comprehensions::comp;

fn translate(codon: &str) -> char {
    match codon {
        "ATG" => 'M',
        "GCC" | "GCT" => 'A',
        "TTG" => 'L',
        "GGC" => 'G',
        "TAA" | "TAG" | "TGA" => '*',
        _ => 'X',
    }
}

fn main() {
    let codons = ["ATG", "GCC", "TTG", "GGC", "TAA"];
    // Python: protein = "".join(translate(c) for c in codons)
    let protein: String = "".join(comp![translate(c) for c in codons]);
    println!("{protein}");
}
