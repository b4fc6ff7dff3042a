//! mistake: used `?` on the `Option` from the codon table lookup inside a function returning `Result`
//! offending: table.get(codon)?
//! category: try
use comprehensions::comp;
use std::collections::HashMap;

#[derive(Debug)]
enum TranslateError {
    UnknownCodon(String),
}

fn codon_table() -> HashMap<&'static str, char> {
    HashMap::from([("AUG", 'M'), ("GCC", 'A'), ("UUG", 'L'), ("GGC", 'G'), ("UAA", '*')])
}

fn translate(rna: &str) -> Result<Vec<char>, TranslateError> {
    let table = codon_table();
    let codons: Vec<&str> = (0..rna.len() / 3).map(|i| &rna[3 * i..3 * i + 3]).collect();
    // Python: return "".join(table[codon] for codon in codons)   # KeyError on an unknown codon
    comp![*table.get(codon)? for codon in codons]
}

fn main() {
    println!("{:?}", translate("AUGGCCUUGGGCUAA"));
    println!("{:?}", translate("AUGNNNUAA"));
    let _ = TranslateError::UnknownCodon(String::new());
}
