//! mistake: converted the POS column with Python's `int(..)` instead of `.parse::<u64>()`
//! offending: int(
//! category: python-habit
const VCF: &str = "#CHROM\tPOS\tID\nchr1\t12345\trs1\nchr2\t500\trs2\n";

fn main() {
    let positions: Vec<u64> = VCF
        .lines()
        .filter(|line| !line.starts_with('#'))
        .map(|line| int(line.split('\t').nth(1).unwrap()))
        .collect();
    println!("{positions:?}");
}
