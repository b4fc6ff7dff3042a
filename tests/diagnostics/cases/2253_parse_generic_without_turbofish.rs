//! mistake: wrote `parse<f64>()` without the turbofish `::` when reading the coverage column
//! offending: parse<f64>()
//! category: syntax
use comprehensions::comp;

fn main() {
    let bedgraph = "chr1\t0\t100\t12.5\nchr1\t100\t200\t30.0\nchr1\t200\t300\t7.25";
    // Python: cov = [float(line.split("\t")[3]) for line in bedgraph.splitlines()]
    let cov: Vec<f64> = comp![line.split('\t').nth(3).unwrap().parse<f64>().unwrap() for line in bedgraph.lines()];
    println!("mean coverage {:.2}", cov.iter().sum::<f64>() / cov.len() as f64);
}
