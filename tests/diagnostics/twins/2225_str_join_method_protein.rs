//! mistake: concatenated the amino acids with Python's `"".join(..)`, which `&str` does not have
//! offending: join
//! category: python-habit

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
    let protein: String = "".join(codons.iter().map(|c| translate(c)).collect::<Vec<char>>());
    println!("{protein}");
}
