//! mistake: wrote `parse<f64>()` without the turbofish `::` when reading the coverage column
//! offending: parse<f64>()
//! category: syntax

fn main() {
    let bedgraph = "chr1\t0\t100\t12.5\nchr1\t100\t200\t30.0\nchr1\t200\t300\t7.25";
    let cov: Vec<f64> = bedgraph
        .lines()
        .map(|line| line.split('\t').nth(3).unwrap().parse<f64>().unwrap())
        .collect();
    println!("mean coverage {:.2}", cov.iter().sum::<f64>() / cov.len() as f64);
}
