//! mistake: compared the `u64` POS against window bounds declared as `i32`
//! offending: start
//! category: type
#[derive(Debug)]
struct Variant {
    chrom: String,
    pos: u64,
    qual: f64,
    filter: String,
    af: Option<f64>,
}

fn parse_vcf(text: &str) -> Vec<Variant> {
    text.lines()
        .filter(|l| !l.starts_with('#'))
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            Variant {
                chrom: f[0].to_string(),
                pos: f[1].parse().unwrap(),
                qual: f[2].parse().unwrap(),
                filter: f[3].to_string(),
                af: f[4].parse().ok(),
            }
        })
        .collect()
}

const VCF: &str = "#CHROM\tPOS\tQUAL\tFILTER\tAF\nchr1\t12345\t60.0\tPASS\t0.25\nchr1\t22222\t12.5\tLowQual\t.\nchr2\t500\t99.0\tPASS\t0.5\n";

fn main() {
    let variants = parse_vcf(VCF);
    let start: i32 = 10_000;
    let end: i32 = 30_000;
    let in_window: Vec<u64> = variants
        .iter()
        .filter(|v| v.chrom == "chr1" && v.pos >= start && v.pos < end)
        .map(|v| v.pos)
        .collect();
    println!("{in_window:?}");
}
