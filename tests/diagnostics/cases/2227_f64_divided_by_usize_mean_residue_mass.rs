//! mistake: divided the peptide's `f64` mass by its `usize` length without a cast
//! offending: peptide_mass(p) / p.len()
//! category: type
use comprehensions::comp;

fn residue_mass(aa: char) -> f64 {
    match aa {
        'G' => 57.021,
        'A' => 71.037,
        'S' => 87.032,
        'P' => 97.053,
        'V' => 99.068,
        'L' | 'I' => 113.084,
        'K' => 128.095,
        _ => 110.0,
    }
}

fn peptide_mass(p: &str) -> f64 {
    p.chars().map(residue_mass).sum::<f64>() + 18.011
}

fn main() {
    let peptides = ["GASPV", "LIKK", "PEPTIDE"];
    // Python: mean_residue = [peptide_mass(p) / len(p) for p in peptides]
    let mean_residue: Vec<f64> = comp![peptide_mass(p) / p.len() for p in peptides];
    println!("{mean_residue:?}");
}
