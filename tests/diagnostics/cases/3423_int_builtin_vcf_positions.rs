//! mistake: converted the POS column with Python's `int(..)` instead of `.parse::<u64>()`
//! offending: int(
//! category: python-habit
use comprehensions::comp;

const VCF: &str = "#CHROM\tPOS\tID\nchr1\t12345\trs1\nchr2\t500\trs2\n";

fn main() {
    let positions: Vec<u64> = comp![int(line.split('\t').nth(1).unwrap()) for line in VCF.lines() if !line.starts_with('#')];
    println!("{positions:?}");
}
