//! mistake: used `masses.get(&aa)` (an `Option<&f64>`) as the residue mass, as Python's `dict[aa]` gives the value
//! offending: masses.get(&aa)
//! category: type
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let masses: HashMap<char, f64> = HashMap::from([
        ('G', 57.021),
        ('A', 71.037),
        ('S', 87.032),
        ('P', 97.053),
        ('K', 128.095),
    ]);
    let peptide = "GASPKK";
    // Python: residue = [MASSES[aa] for aa in peptide]
    let residue: Vec<f64> = comp![masses.get(&aa) for aa in peptide.chars()];
    let total: f64 = residue.iter().sum::<f64>() + 18.011;
    println!("{peptide}: {total:.3} Da");
}
