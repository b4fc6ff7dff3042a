//! mistake: indexed the ADC channel buffer with an `i32` channel number
//! offending: raw[ch]
//! category: type
struct AdcConfig {
    enabled_channels: Vec<i32>,
    vref: f64,
}

fn main() {
    let cfg = AdcConfig { enabled_channels: vec![0, 2, 3], vref: 3.3 };
    let raw: Vec<u16> = vec![1023, 12, 2048, 4095];
    let volts: Vec<f64> = cfg
        .enabled_channels
        .iter()
        .copied()
        .map(|ch| raw[ch] as f64 / 4095.0 * cfg.vref)
        .collect();
    println!("{volts:?}");
}
