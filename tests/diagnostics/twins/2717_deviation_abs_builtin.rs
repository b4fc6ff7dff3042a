//! mistake: used Python's `abs(..)` builtin for the deviation from baseline
//! offending: abs
//! category: python-habit
#[derive(Debug)]
struct PressureSample {
    device: &'static str,
    kpa: f64,
}

fn main() {
    let baseline_kpa = 101.3;
    let samples = vec![
        PressureSample { device: "pump-1", kpa: 101.1 },
        PressureSample { device: "pump-2", kpa: 96.4 },
        PressureSample { device: "pump-3", kpa: 108.0 },
    ];
    let mut drifting = Vec::new();
    for s in &samples {
        if abs(s.kpa - baseline_kpa) > 2.5 {
            drifting.push(s.device);
        }
    }
    println!("{drifting:?}");
}
