//! mistake: parsed the `u64` position and the `f64` allele frequency with `?` in one comprehension whose error type is `ParseIntError`
//! offending: ? }
//! category: try
use comprehensions::comp;
use std::num::ParseIntError;

#[derive(Debug)]
struct Variant {
    chrom: String,
    pos: u64,
    af: f64,
}

fn parse_vcf(lines: &[&str]) -> Result<Vec<Variant>, ParseIntError> {
    // Python: return [Variant(c[0], int(c[1]), float(c[2])) for line in lines for c in [line.split("\t")]]
    comp![Variant { chrom: cols[0].to_string(), pos: cols[1].parse::<u64>()?, af: cols[2].parse::<f64>()? }
          for line in lines if !line.starts_with('#')
          let cols: Vec<&str> = line.split('\t').collect()]
}

fn main() {
    let vcf = ["#CHROM\tPOS\tAF", "chr17\t7674220\t0.48", "chr13\t32315474\t0.02"];
    println!("{:?}", parse_vcf(&vcf));
}
